import Testing

@testable import Compat
