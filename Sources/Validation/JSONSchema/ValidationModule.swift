/// Payload validation: JSON Schema today (issue 4), Avro and Protobuf payloads later (issue 5).
public enum ValidationModule {}
