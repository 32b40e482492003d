import Foundation
import Parsers

/// Reads the files AsyncAPI documents refer to, only inside the project folder (the config's
/// folder): a symbolic link that leads out of it is refused like a `../` path would be.
struct AsyncAPIProjectLoader: AsyncAPIFileLoader {
  var root: URL

  func load(path: String) -> AsyncAPIFileLoad {
    let file = PathText.url(path, relativeTo: root)
    let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
    let filePath = file.standardizedFileURL.resolvingSymlinksInPath().path
    guard filePath.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
      return .refused(reason: "\(path) leads outside the project folder")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: filePath, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { return .notFound }
    do {
      return .found(try SchemaFileReader.read(file, displayPath: path))
    } catch {
      return .refused(reason: error.description)
    }
  }
}
