import SchemaModel

/// The finished children of every open array and object, innermost last.
///
/// Children are moved, never copied, into their container's array when it closes: that saves a
/// retain and a release per value compared with slicing a Swift array. Array elements are stored
/// as members with an empty key. Each member also has a fingerprint of its key, so duplicate
/// keys are found by comparing integers. The owner must call `release()` exactly once.
struct JSONPendingMembers {
  private var storage: UnsafeMutablePointer<JSONMember>
  private var fingerprints: UnsafeMutablePointer<UInt64>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 256) {
    self.capacity = capacity
    storage = .allocate(capacity: capacity)
    fingerprints = .allocate(capacity: capacity)
  }

  /// Destroys what is left (after an error) and frees the storage.
  func release() {
    storage.deinitialize(count: count)
    storage.deallocate()
    fingerprints.deallocate()
  }

  @inline(__always)
  mutating func append(_ member: JSONMember, fingerprint: UInt64) {
    if count == capacity { grow() }
    (storage + count).initialize(to: member)
    fingerprints[count] = fingerprint
    count += 1
  }

  /// Sets the value of the last member (an object member whose key came first).
  @inline(__always)
  mutating func setLastValue(_ value: JSONValue) {
    storage[count - 1].value = value
  }

  func fingerprint(at index: Int) -> UInt64 { fingerprints[index] }

  func key(at index: Int) -> String { storage[index].key }

  /// Moves the members from `start` to the end out as an object's members.
  mutating func takeMembers(from start: Int) -> [JSONMember] {
    let taken = count - start
    let source = storage + start
    let members = [JSONMember](unsafeUninitializedCapacity: taken) { buffer, initialized in
      if let base = buffer.baseAddress { base.moveInitialize(from: source, count: taken) }
      initialized = taken
    }
    count = start
    return members
  }

  /// Moves the values of the members from `start` to the end out as an array's elements.
  mutating func takeValues(from start: Int) -> [JSONValue] {
    let taken = count - start
    let source = storage + start
    let values = [JSONValue](unsafeUninitializedCapacity: taken) { buffer, initialized in
      if let base = buffer.baseAddress {
        for offset in 0..<taken { (base + offset).initialize(to: (source + offset).move().value) }
      }
      initialized = taken
    }
    count = start
    return values
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newStorage = UnsafeMutablePointer<JSONMember>.allocate(capacity: newCapacity)
    newStorage.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    let newFingerprints = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
    newFingerprints.update(from: fingerprints, count: count)
    fingerprints.deallocate()
    fingerprints = newFingerprints
    capacity = newCapacity
  }
}
