/// `catalog.json`: the whole catalog for other tools, versioned (`"version": 1`), keys in a
/// fixed order, pretty-printed with two spaces. The shape is documented in
/// docs/catalog-json.md.
public struct JSONCatalogRenderer: CatalogRendering {
  /// The version of the document's shape; raised when a key changes meaning or goes away.
  public static let formatVersion = 1

  public init() {}

  public func jobs(_ catalog: EventCatalog) -> [CatalogPageJob] {
    [CatalogPageJob(path: "catalog.json") { Self.value(catalog).renderedBytes() }]
  }

  static func value(_ catalog: EventCatalog) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["version"] = .int(formatVersion)
      $0["title"] = .string(catalog.title)
      $0["generator"] = .string(catalog.generator)
      $0["domains"] = .strings(catalog.domains)
      $0["events"] = .array(catalog.events.map(event))
      $0["services"] = .array(catalog.services.map(service))
      $0["owners"] = .array(catalog.owners.map(owner))
    }
  }

  static func event(_ event: CatalogEvent) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["id"] = .string(event.id)
      $0["slug"] = .string(event.slug)
      $0["title"] = .optional(event.title)
      $0["format"] = .string(event.format.rawValue)
      $0["domain"] = .optional(event.domain)
      $0["owner"] = .optional(event.owner)
      $0["description"] = .optional(event.description)
      $0["tags"] = .strings(event.tags)
      $0["channel"] = event.channel.map(channel) ?? .null
      $0["producers"] = .strings(event.producers)
      $0["consumers"] = .strings(event.consumers)
      $0["compatibility"] = .optional(event.compatibility)
      $0["status"] = .string(event.status.rawValue)
      $0["latestVersion"] = .optional(event.versions.last?.label)
      $0["schema"] = CatalogJSONObject.object {
        $0["path"] = .string(event.schema.path)
        $0["text"] = .string(event.schema.text)
      }
      $0["fields"] = .array(event.fields.map(field))
      $0["versions"] = .array(event.versions.map(version))
      $0["examples"] = .array(event.examples.map(example))
      $0["sources"] = .strings(event.sources)
    }
  }

  static func channel(_ channel: CatalogChannel) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["address"] = .optional(channel.address)
      $0["protocols"] = .strings(channel.protocols)
      $0["bindings"] = .array(channel.bindings.map(property))
    }
  }

  static func property(_ property: CatalogProperty) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["name"] = .string(property.name)
      $0["value"] = .string(property.value)
    }
  }

  static func field(_ field: CatalogField) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["path"] = .string(field.path)
      $0["depth"] = .int(field.depth)
      $0["type"] = .string(field.type)
      $0["required"] = .bool(field.required)
      $0["default"] = .optional(field.defaultValue)
      $0["constraints"] = .strings(field.constraints)
      $0["doc"] = .optional(field.doc)
      $0["deprecated"] = .bool(field.deprecated)
    }
  }

  static func version(_ version: CatalogVersion) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["label"] = .string(version.label)
      $0["source"] = .string(version.source)
      $0["verdict"] = .string(verdictName(version.verdict))
      if case .incompatible(let rules) = version.verdict {
        $0["rules"] = .strings(rules)
      } else {
        $0["rules"] = .array([])
      }
      $0["changes"] = .array(
        version.changes.map { change in
          CatalogJSONObject.object {
            $0["kind"] = .string(change.kind)
            $0["message"] = .string(change.message)
            $0["breaksBackward"] = .bool(change.breaksBackward)
            $0["breaksForward"] = .bool(change.breaksForward)
          }
        })
    }
  }

  static func verdictName(_ verdict: CatalogVerdict) -> String {
    switch verdict {
    case .first: "first"
    case .compatible: "compatible"
    case .incompatible: "incompatible"
    case .notCompared: "notCompared"
    case .ungated: "ungated"
    }
  }

  static func example(_ example: CatalogExample) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["path"] = .string(example.path)
      $0["expectedValid"] = .bool(example.expectedValid)
      $0["passed"] = .bool(example.passed)
      $0["text"] = .optional(example.text)
    }
  }

  static func service(_ service: CatalogService) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["id"] = .string(service.id)
      $0["slug"] = .string(service.slug)
      $0["title"] = .optional(service.title)
      $0["version"] = .optional(service.version)
      $0["description"] = .optional(service.description)
      $0["owner"] = .optional(service.owner)
      $0["produces"] = .strings(service.produces)
      $0["consumes"] = .strings(service.consumes)
      $0["servers"] = .array(service.servers.map(property))
      $0["source"] = .optional(service.source)
    }
  }

  static func owner(_ owner: CatalogOwner) -> CatalogJSONValue {
    CatalogJSONObject.object {
      $0["id"] = .string(owner.id)
      $0["slug"] = .string(owner.slug)
      $0["events"] = .strings(owner.events)
      $0["services"] = .strings(owner.services)
    }
  }
}
