extension AvroBinaryReader {
  /// One block header (spec "Complex Types", arrays and maps): a count, and for a negative
  /// count a byte size; nil at the terminating zero.
  struct BlockHeader {
    var start: Int
    var count: Int
    /// Where the block must end when the writer gave its size.
    var end: Int?
  }

  mutating func blockHeader(what: String, itemsCanBeEmpty: Bool)
    throws(AvroBinaryFailure) -> BlockHeader?
  {
    let start = cursor.position
    var count = try cursor.readLong()
    if count == 0 { return nil }
    var end: Int?
    if count < 0 {
      guard count != .min else {
        throw cursor.failure(.negativeLength(count, what: "\(what) block count"), at: start)
      }
      count = -count
      let sizeStart = cursor.position
      let size = try cursor.readLong()
      guard size >= 0 else {
        throw cursor.failure(.negativeLength(size, what: "\(what) block size"), at: sizeStart)
      }
      guard size <= Int64(cursor.remaining) else {
        throw cursor.failure(
          .truncated(
            needs: "the \(what) block at byte \(cursor.offsetBase + start) needs \(size) bytes"),
          at: start)
      }
      end = cursor.position + Int(size)
    }
    if itemsCanBeEmpty {
      // Items that take no bytes cost no input: a budget for the whole payload bounds them.
      zeroSizeItems += Int(clamping: count)
      guard zeroSizeItems <= Self.zeroSizeItemLimit else {
        throw cursor.failure(
          .tooManyItems(claimed: count, limit: Self.zeroSizeItemLimit), at: start)
      }
    } else if count > Int64(cursor.remaining) {
      throw cursor.failure(
        .truncated(
          needs: "the \(what) block at byte \(cursor.offsetBase + start) claims \(count) items "
            + "but only \(cursor.remaining) bytes are left"), at: start)
    }
    return BlockHeader(start: start, count: Int(count), end: end)
  }

  mutating func checkBlockEnd(_ header: BlockHeader, what: String) throws(AvroBinaryFailure) {
    guard let end = header.end, cursor.position != end else { return }
    throw cursor.failure(
      .blockSizeMismatch(
        what: what, declared: Int64(end - header.start),
        actual: cursor.position - header.start), at: header.start)
  }

  mutating func arrayItems(_ items: Int) throws(AvroBinaryFailure) -> [AvroDatum] {
    var values: [AvroDatum] = []
    let itemsCanBeEmpty = canBeEmpty(items, budget: 64)
    while let header = try blockHeader(what: "array", itemsCanBeEmpty: itemsCanBeEmpty) {
      values.reserveCapacity(values.count + min(header.count, 1 << 16))
      for _ in 0..<header.count {
        do throws(AvroBinaryFailure) {
          values.append(try value(items))
        } catch {
          var failure = error
          failure.path.append(.index(values.count))
          throw failure
        }
      }
      try checkBlockEnd(header, what: "array")
    }
    return values
  }

  mutating func mapEntries(_ valueType: Int) throws(AvroBinaryFailure) -> [(
    key: String, value: AvroDatum
  )] {
    var entries: [(key: String, value: AvroDatum)] = []
    // Every entry has at least its key's length byte.
    while let header = try blockHeader(what: "map", itemsCanBeEmpty: false) {
      entries.reserveCapacity(entries.count + min(header.count, 1 << 16))
      for _ in 0..<header.count {
        let key = try cursor.readString("map key")
        do throws(AvroBinaryFailure) {
          entries.append((key, try value(valueType)))
        } catch {
          var failure = error
          failure.path.append(.key(key))
          throw failure
        }
      }
      try checkBlockEnd(header, what: "map")
    }
    return entries
  }

  /// True when a value of the node can be encoded in zero bytes (null, fixed of size 0, a
  /// record of such fields). `budget` bounds the walk through recursive records.
  func canBeEmpty(_ index: Int, budget: Int) -> Bool {
    guard budget > 0 else { return false }
    switch plan.steps[index].shape {
    case .null: return true
    case .fixed(let size): return size == 0
    case .record(let record):
      return record.types.allSatisfy { canBeEmpty($0, budget: budget - 1) }
    default: return false
    }
  }
}
