#!/usr/bin/env python3
"""Writes a deterministic, realistic JSON file of about 50 MB: an array of event objects."""
import json
import random
import sys

TARGET_BYTES = 50_000_000
NAMES = ["José Müller", "Zoë Łukasiewicz", "山田 太郎", "Ana Ñúñez", "Ørjan Ødegård",
         "Grace Hopper", "Alan Turing", "Ada Lovelace", "Søren Kierkegaard", "Chloé Dubois"]
SERVICES = ["checkout", "inventory", "email", "billing", "shipping", "search"]
EVENT_TYPES = ["order.placed", "order.cancelled", "payment.captured", "item.shipped",
               "customer.updated"]
CURRENCIES = ["EUR", "USD", "GBP", "JPY", "CHF"]
NOTES = ["Leave at the door", "Call before delivery\nGate code: 1234",
         "Gift wrap, please \"fragile\"", "Tür klemmt — bitte klopfen", "配達前に電話してください",
         "Tab\tseparated\tnote", "Emoji 🎉 order", "Path C:\\orders\\2024", ""]


def event(rng: random.Random, number: int) -> dict:
    items = [{
        "sku": f"SKU-{rng.randrange(100000):05d}",
        "name": rng.choice(["Widget", "Gadget", "Doohickey", "Thingamajig", "Café crème"]),
        "quantity": rng.randrange(1, 10),
        "unitPrice": round(rng.uniform(0.5, 500.0), 2),
        "discount": None if rng.random() < 0.7 else round(rng.random() * 0.3, 3),
        "attributes": {"color": rng.choice(["red", "green", "blue"]),
                       "size": rng.choice(["S", "M", "L", "XL"])},
    } for _ in range(rng.randrange(1, 6))]
    return {
        "id": f"evt-{number:09d}",
        "type": rng.choice(EVENT_TYPES),
        "timestamp": 1_700_000_000_000 + number * 137,
        "version": rng.randrange(1, 5),
        "source": {"service": rng.choice(SERVICES), "region": "eu-west-1",
                   "host": f"node-{rng.randrange(64)}.internal"},
        "customer": {"id": rng.randrange(10**12), "name": rng.choice(NAMES),
                     "email": f"user{rng.randrange(10**6)}@example.com",
                     "vip": rng.random() < 0.1, "tags": rng.sample(["new", "beta", "b2b", "eu"], 2)},
        "items": items,
        "total": round(sum(i["unitPrice"] * i["quantity"] for i in items), 2),
        "currency": rng.choice(CURRENCIES),
        "paid": rng.random() < 0.8,
        "note": rng.choice(NOTES),
        "traceId": f"{rng.getrandbits(128):032x}",
        "offset": rng.randrange(2**62),
        "score": rng.uniform(-1, 1),
        "previous": None,
    }


def write(path: str, target_bytes: int = TARGET_BYTES) -> None:
    """Writes the seeded array of events to path, stopping once it holds target_bytes."""
    rng = random.Random(20241126)
    size = 2
    number = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("[\n")
        while size < target_bytes:
            # Every fifth event escapes non-ASCII, as many producers do.
            line = json.dumps(event(rng, number), ensure_ascii=(number % 5 == 0))
            if number:
                out.write(",\n")
                size += 2
            out.write(line)
            size += len(line.encode("utf-8"))
            number += 1
        out.write("\n]\n")


def main() -> None:
    write(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else TARGET_BYTES)


if __name__ == "__main__":
    main()
