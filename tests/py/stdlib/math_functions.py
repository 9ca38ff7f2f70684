# math module functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.floor(-1.5), math.ceil(-1.5), math.floor(2), math.trunc(-3.7))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 8), math.lcm(4, 6), math.factorial(20))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0), math.exp(1), math.exp(0))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), round(math.cos(math.pi), 10), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.dist((0, 0), (3, 4)), math.pow(2, 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.sqrt('x')]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
