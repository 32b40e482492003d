import SchemaModel

public struct ProtoEnum: Hashable, Sendable {
  public var name: String
  /// Fully qualified without a leading dot.
  public var fullName: String
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var values: [ProtoEnumValue]
  public var reservedRanges: [ProtoRange]
  public var reservedNames: [ProtoReservedName]
  public var options: [ProtoOption]
  public var comments: ProtoComments

  public init(
    name: String, fullName: String, span: SourceSpan, nameSpan: SourceSpan,
    values: [ProtoEnumValue] = [], reservedRanges: [ProtoRange] = [],
    reservedNames: [ProtoReservedName] = [], options: [ProtoOption] = [],
    comments: ProtoComments = ProtoComments()
  ) {
    self.name = name
    self.fullName = fullName
    self.span = span
    self.nameSpan = nameSpan
    self.values = values
    self.reservedRanges = reservedRanges
    self.reservedNames = reservedNames
    self.options = options
    self.comments = comments
  }
}

public struct ProtoEnumValue: Hashable, Sendable {
  public var name: String
  public var number: Int
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var numberSpan: SourceSpan
  public var options: [ProtoOption]
  public var comments: ProtoComments

  public init(
    name: String, number: Int, span: SourceSpan, nameSpan: SourceSpan, numberSpan: SourceSpan,
    options: [ProtoOption] = [], comments: ProtoComments = ProtoComments()
  ) {
    self.name = name
    self.number = number
    self.span = span
    self.nameSpan = nameSpan
    self.numberSpan = numberSpan
    self.options = options
    self.comments = comments
  }
}

public struct ProtoService: Hashable, Sendable {
  public var name: String
  public var fullName: String
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var methods: [ProtoMethod]
  public var options: [ProtoOption]
  public var comments: ProtoComments

  public init(
    name: String, fullName: String, span: SourceSpan, nameSpan: SourceSpan,
    methods: [ProtoMethod] = [], options: [ProtoOption] = [],
    comments: ProtoComments = ProtoComments()
  ) {
    self.name = name
    self.fullName = fullName
    self.span = span
    self.nameSpan = nameSpan
    self.methods = methods
    self.options = options
    self.comments = comments
  }
}

/// An `rpc`.
public struct ProtoMethod: Hashable, Sendable {
  public var name: String
  /// Request and response type names as written; `resolved*` set by the linker.
  public var inputType: String
  public var outputType: String
  public var clientStreaming: Bool
  public var serverStreaming: Bool
  public var span: SourceSpan
  public var nameSpan: SourceSpan
  public var inputTypeSpan: SourceSpan
  public var outputTypeSpan: SourceSpan
  /// The `stream` keywords, when written.
  public var clientStreamingSpan: SourceSpan?
  public var serverStreamingSpan: SourceSpan?
  public var options: [ProtoOption]
  public var comments: ProtoComments
  public var resolvedInputType: String?
  public var resolvedOutputType: String?

  public init(
    name: String, inputType: String, outputType: String, clientStreaming: Bool = false,
    serverStreaming: Bool = false, span: SourceSpan, nameSpan: SourceSpan,
    inputTypeSpan: SourceSpan, outputTypeSpan: SourceSpan, clientStreamingSpan: SourceSpan? = nil,
    serverStreamingSpan: SourceSpan? = nil, options: [ProtoOption] = [],
    comments: ProtoComments = ProtoComments(), resolvedInputType: String? = nil,
    resolvedOutputType: String? = nil
  ) {
    self.name = name
    self.inputType = inputType
    self.outputType = outputType
    self.clientStreaming = clientStreaming
    self.serverStreaming = serverStreaming
    self.span = span
    self.nameSpan = nameSpan
    self.inputTypeSpan = inputTypeSpan
    self.outputTypeSpan = outputTypeSpan
    self.clientStreamingSpan = clientStreamingSpan
    self.serverStreamingSpan = serverStreamingSpan
    self.options = options
    self.comments = comments
    self.resolvedInputType = resolvedInputType
    self.resolvedOutputType = resolvedOutputType
  }
}
