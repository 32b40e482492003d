print("schemacheck")
