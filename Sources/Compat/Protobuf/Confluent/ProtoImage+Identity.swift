import Parsers
import SchemaModel

/// Spans and display paths removed, so that two images compare equal when their files say the
/// same things in the same order, wherever they were read from and however they are laid out.
struct ProtoImageIdentity: Hashable {
  var files: [ProtoFile]
}

extension ProtoImage {
  /// What makes two versions "the same schema" for Confluent's already-registered shortcut:
  /// the files' content (comments included), not where it sits in the text.
  var identity: ProtoImageIdentity {
    ProtoImageIdentity(files: files.map(\.withoutLocations).sorted { $0.path < $1.path })
  }
}

private let noSpan = SourceSpan(
  start: TextPosition(line: 0, column: 0), end: TextPosition(line: 0, column: 0))

extension ProtoFile {
  fileprivate var withoutLocations: ProtoFile {
    var file = self
    file.displayPath = path
    file.syntaxSpan = syntaxSpan.map { _ in noSpan }
    file.packageSpan = packageSpan.map { _ in noSpan }
    file.imports = imports.map {
      ProtoImport(path: $0.path, modifier: $0.modifier, span: noSpan, pathSpan: noSpan)
    }
    file.options = options.map(\.withoutLocations)
    file.messages = messages.map(\.withoutLocations)
    file.enums = enums.map(\.withoutLocations)
    file.services = services.map(\.withoutLocations)
    file.extends = extends.map(\.withoutLocations)
    return file
  }
}

extension ProtoOption {
  fileprivate var withoutLocations: ProtoOption {
    ProtoOption(name: name, value: value, span: noSpan, nameSpan: noSpan, valueSpan: noSpan)
  }
}

extension ProtoMessage {
  fileprivate var withoutLocations: ProtoMessage {
    var message = self
    message.span = noSpan
    message.nameSpan = noSpan
    message.fields = fields.map(\.withoutLocations)
    message.oneofs = oneofs.map {
      var oneof = $0
      oneof.span = noSpan
      oneof.nameSpan = noSpan
      oneof.options = $0.options.map(\.withoutLocations)
      return oneof
    }
    message.messages = messages.map(\.withoutLocations)
    message.enums = enums.map(\.withoutLocations)
    message.extends = extends.map(\.withoutLocations)
    message.reservedRanges = reservedRanges.map(\.withoutLocations)
    message.reservedNames = reservedNames.map { ProtoReservedName(name: $0.name, span: noSpan) }
    message.extensionRanges = extensionRanges.map(\.withoutLocations)
    message.options = options.map(\.withoutLocations)
    return message
  }
}

extension ProtoField {
  fileprivate var withoutLocations: ProtoField {
    var field = self
    field.span = noSpan
    field.nameSpan = noSpan
    field.numberSpan = noSpan
    field.typeSpan = noSpan
    field.labelSpan = labelSpan.map { _ in noSpan }
    field.options = options.map(\.withoutLocations)
    return field
  }
}

extension ProtoRange {
  fileprivate var withoutLocations: ProtoRange {
    ProtoRange(start: start, end: end, span: noSpan, options: options.map(\.withoutLocations))
  }
}

extension ProtoExtend {
  fileprivate var withoutLocations: ProtoExtend {
    var extend = self
    extend.span = noSpan
    extend.extendeeSpan = noSpan
    extend.fields = fields.map(\.withoutLocations)
    return extend
  }
}

extension ProtoEnum {
  fileprivate var withoutLocations: ProtoEnum {
    var enumeration = self
    enumeration.span = noSpan
    enumeration.nameSpan = noSpan
    enumeration.values = values.map {
      var value = $0
      value.span = noSpan
      value.nameSpan = noSpan
      value.numberSpan = noSpan
      value.options = $0.options.map(\.withoutLocations)
      return value
    }
    enumeration.reservedRanges = reservedRanges.map(\.withoutLocations)
    enumeration.reservedNames = reservedNames.map { ProtoReservedName(name: $0.name, span: noSpan) }
    enumeration.options = options.map(\.withoutLocations)
    return enumeration
  }
}

extension ProtoService {
  fileprivate var withoutLocations: ProtoService {
    var service = self
    service.span = noSpan
    service.nameSpan = noSpan
    service.options = options.map(\.withoutLocations)
    service.methods = methods.map {
      var method = $0
      method.span = noSpan
      method.nameSpan = noSpan
      method.inputTypeSpan = noSpan
      method.outputTypeSpan = noSpan
      method.clientStreamingSpan = $0.clientStreamingSpan.map { _ in noSpan }
      method.serverStreamingSpan = $0.serverStreamingSpan.map { _ in noSpan }
      method.options = $0.options.map(\.withoutLocations)
      return method
    }
    return service
  }
}
