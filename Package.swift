// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "schemacheck",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "schemacheck", targets: ["schemacheck"]),
    // For FuzzTesting/, which depends on this package by path.
    .library(
      name: "SchemacheckCore", targets: ["SchemaModel", "Parsers", "Validation", "Compat"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .target(name: "SchemaModel"),
    .target(
      name: "Parsers",
      dependencies: ["SchemaModel", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "Validation", dependencies: ["SchemaModel", "Parsers"]),
    .target(name: "Compat", dependencies: ["SchemaModel", "Parsers"]),
    .target(name: "Lint", dependencies: ["SchemaModel", "Parsers"]),
    .target(name: "Catalog", dependencies: ["SchemaModel", "Parsers"]),
    .target(
      name: "Workspace",
      dependencies: [
        "SchemaModel", "Parsers", "Compat", "Validation", "Lint", "Catalog",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "schemacheck",
      dependencies: [
        "Workspace", "SchemaModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "schemacheck-bench",
      dependencies: ["Parsers", "SchemaModel"],
      path: "Benchmarks/Sources/schemacheck-bench"
    ),
    .testTarget(name: "SchemaModelTests", dependencies: ["SchemaModel"]),
    .testTarget(name: "ParsersTests", dependencies: ["Parsers", "SchemaModel"]),
    .testTarget(name: "CompatTests", dependencies: ["Compat", "Parsers", "SchemaModel"]),
    .testTarget(name: "ValidationTests", dependencies: ["Validation", "Parsers", "SchemaModel"]),
    .testTarget(name: "LintTests", dependencies: ["Lint", "Parsers", "SchemaModel"]),
    .testTarget(
      name: "CatalogTests", dependencies: ["Catalog", "Parsers", "SchemaModel"],
      exclude: ["Golden"]),
    .testTarget(
      name: "WorkspaceTests",
      dependencies: ["Workspace", "Compat", "Parsers", "SchemaModel", "Lint", "Catalog"]
    ),
    // Runs the built `schemacheck` binary; the dependency makes `swift test` build it first.
    .testTarget(name: "EndToEndTests", dependencies: ["schemacheck"]),
  ],
  swiftLanguageModes: [.v6]
)
