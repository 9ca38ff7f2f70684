print("never runs")
await something()
