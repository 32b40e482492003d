/// RFC 3492 Punycode decoding, for the A-labels (`xn--...`) of internationalized host names.
enum Punycode {
  private static let base = 36
  private static let tMin = 1
  private static let tMax = 26
  private static let skew = 38
  private static let damp = 700
  private static let initialBias = 72
  private static let initialN = 128
  private static let maxDelta = 0x10FFFF * 1024

  /// Decodes the part after `xn--`; nil when it is not valid Punycode.
  static func decode(_ input: String) -> [Unicode.Scalar]? {
    let scalars = Array(input.unicodeScalars)
    guard scalars.allSatisfy(\.isASCII) else { return nil }
    var output: [UInt32] = []
    var start = 0
    if let lastDash = scalars.lastIndex(of: "-") {
      output = scalars[..<lastDash].map(\.value)
      start = lastDash + 1
    }
    var n = initialN
    var i = 0
    var bias = initialBias
    var position = start
    while position < scalars.count {
      let oldI = i
      var weight = 1
      var k = base
      while true {
        guard position < scalars.count, let digit = digitValue(scalars[position]) else {
          return nil
        }
        position += 1
        let (product, overflow) = digit.multipliedReportingOverflow(by: weight)
        // Any larger value would decode past U+10FFFF; the bound also rules out overflow.
        guard !overflow, product <= maxDelta, i <= maxDelta - product else { return nil }
        i += product
        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
        if digit < t { break }
        guard weight <= maxDelta else { return nil }
        weight *= base - t
        k += base
      }
      bias = adapt(delta: i - oldI, count: output.count + 1, first: oldI == 0)
      n += i / (output.count + 1)
      i %= output.count + 1
      guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n) else { return nil }
      output.insert(UInt32(n), at: i)
      i += 1
    }
    return output.compactMap(Unicode.Scalar.init)
  }

  private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value) - 0x30 + 26
    case 0x41...0x5A: Int(scalar.value) - 0x41
    case 0x61...0x7A: Int(scalar.value) - 0x61
    default: nil
    }
  }

  private static func adapt(delta: Int, count: Int, first: Bool) -> Int {
    var delta = first ? delta / damp : delta / 2
    delta += delta / count
    var k = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      k += base
    }
    return k + (base - tMin + 1) * delta / (delta + skew)
  }

  /// The length of the Punycode encoding of `scalars` (without `xn--`).
  static func encodedLength(_ scalars: [Unicode.Scalar]) -> Int? {
    let values = scalars.map { Int($0.value) }
    let basicCount = values.filter { $0 < 0x80 }.count
    var length = basicCount + (basicCount > 0 ? 1 : 0)
    var n = initialN
    var delta = 0
    var bias = initialBias
    var handled = basicCount
    while handled < values.count {
      guard let m = values.filter({ $0 >= n }).min() else { return nil }
      delta += (m - n) * (handled + 1)
      n = m
      for value in values {
        if value < n { delta += 1 }
        if value == n {
          var q = delta
          var k = base
          while true {
            let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
            if q < t { break }
            length += 1
            q = (q - t) / (base - t)
            k += base
          }
          length += 1
          bias = adapt(delta: delta, count: handled + 1, first: handled == basicCount)
          delta = 0
          handled += 1
        }
      }
      delta += 1
      n += 1
    }
    return length
  }
}
