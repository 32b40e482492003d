/// Workspace: configuration, subjects, version sources and reporters.
public enum WorkspaceModule {}
