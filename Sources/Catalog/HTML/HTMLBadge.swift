/// The badge colours the stylesheet knows.
enum HTMLBadge: String {
  case good = "b-good"
  case bad = "b-bad"
  case warn = "b-warn"
  case neutral = "b-neutral"
}
