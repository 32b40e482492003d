import SchemaModel

/// The mutable part of reading one JSON payload: the errors so far and where the reader is, kept
/// as stacks of small tokens so that pointers and schema locations are only rendered for an
/// error, never on the success path.
struct AvroJSONReadState: Sendable {
  /// One step of the JSON Pointer into the payload.
  enum PathToken: Sendable {
    case key(String)
    case index(Int)
  }

  /// One step of the schema location.
  enum SchemaStep: Sendable {
    /// Entering a node: a record restarts the location at its full name.
    case node(Int)
    case field(record: Int, field: Int)
    case items
    case values
    /// The union branch at this node index.
    case branch(Int)
  }

  /// A union branch tried on one object or array of the payload (identified by its storage).
  struct TryKey: Hashable, Sendable {
    var storage: Int
    /// Empty objects and arrays may share their (empty) storage.
    var isArray: Bool
    var branch: Int

    /// Scalars are cheap to read again, so only containers are remembered.
    init?(_ value: JSONValue, branch: Int) {
      switch value.kind {
      case .object(let members):
        storage = members.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        isArray = false
      case .array(let elements):
        storage = elements.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        isArray = true
      default:
        return nil
      }
      self.branch = branch
    }
  }

  /// What a try gave: the datum (nil: the branch does not read the value) and its warnings.
  struct TryOutcome: Sendable {
    var datum: AvroDatum?
    var warnings: [PayloadError]
  }

  /// Errors reported for one payload before the reader stops looking.
  static let errorLimit = 100

  var errors: [PayloadError] = []
  var errorCount = 0
  var instancePath: [PathToken] = []
  var schemaPath: [SchemaStep]
  /// Above zero while a union branch is being tried: the first error fails the try.
  var probing = 0
  var probeFailed = false
  var depth = 0
  /// Nesting allowed on this thread; `hardDepthLimit` means this is already the large stack.
  let depthLimit: Int
  var needsLargerStack = false
  var stopped = false
  /// Tries made inside other tries, so that nested unions of records whose branches read deep
  /// before failing take linear, not exponential, time.
  var tries: [TryKey: TryOutcome] = [:]

  init(root: Int, depthLimit: Int) {
    schemaPath = [.node(root)]
    self.depthLimit = depthLimit
  }

  /// True when the current read must unwind without reading more.
  var abandoned: Bool { probeFailed || stopped || needsLargerStack }

  /// The payload pointer of the current position, plus `extra`.
  func instanceLocation(appending extra: PathToken? = nil) -> String {
    var pointer = ""
    for token in instancePath + (extra.map { [$0] } ?? []) {
      switch token {
      case .key(let key): pointer = PayloadPointer.appending(key, to: pointer)
      case .index(let index): pointer = PayloadPointer.appending(index, to: pointer)
      }
    }
    return pointer
  }

  /// The readable schema location: the innermost record's full name and the path below it
  /// (`com.acme.Order.items[]`, `com.acme.Order.tags{}`, `com.acme.Order.amount<long>`).
  func schemaLocation(in graph: AvroSchemaGraph, appending extra: SchemaStep? = nil) -> String {
    let steps = schemaPath + (extra.map { [$0] } ?? [])
    var start = 0
    for position in steps.indices.reversed() {
      if case .node(let index) = steps[position], case .record = graph[index].kind {
        start = position
        break
      }
    }
    var location = ""
    for step in steps[start...] {
      switch step {
      case .node(let index):
        if case .record(let record) = graph[index].kind {
          location = record.name.fullName
        } else if location.isEmpty {
          location = graph[index].branchName
        }
      case .field(let record, let field):
        if case .record(let definition) = graph[record].kind {
          location += "." + definition.fields[field].name
        }
      case .items: location += "[]"
      case .values: location += "{}"
      case .branch(let index): location += "<\(graph[index].branchName)>"
      }
    }
    return location
  }
}
