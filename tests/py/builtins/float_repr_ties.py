# repr picks the nearest of the shortest round-tripping strings.
print(1905197326412704.2, 123456789 ** 3 / 987654321, 0.1 + 0.2, 2 / 3, 1e23, 9007199254740993.0)
print([x / 7 for x in range(1, 8)], 5e-324, 1.7976931348623157e308, 1 / 3 * 1e300)
