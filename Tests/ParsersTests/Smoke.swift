import Testing

@testable import Parsers
