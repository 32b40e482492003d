/// Facts about schemacheck itself that the CLI and the machine reports name.
public enum ToolInfo {
  /// The tool's name as reports show it (SARIF's `tool.driver.name`).
  public static let name = "schemacheck"
  /// The release version, printed by `--version` and written into SARIF reports.
  public static let version = "0.1.0"
  /// Where users read about the tool and its rules (SARIF's `informationUri`).
  public static let informationURI = "https://github.com/schemacheck/schemacheck"
}
