# Local/constant arithmetic and comparisons the interpreter runs inline, with every kind of
# operand that must leave the inline path.
def arith(x):
    return [x + 1, x - 1, x * 3, x % 7, x // 7, x & 5, x | 5, x ^ 5, x << 2, x >> 1, x ** 2, x / 4]


def farith(x):
    return [x + 1, x - 1, x * 3, x % 7, x // 7, x ** 2, x / 4]


for v in [0, 1, -1, 10, -10, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64, True]:
    print(v, arith(v))
for v in [3.5, -3.5, 0.0]:
    print(v, farith(v))
try:
    arith(1.5)
except TypeError as e:
    print("TypeError", e)
print(arith.__name__)

for s in ["ab", [1, 2]]:
    print(s * 3, end=" ")
    try:
        print(s + 1)
    except TypeError as e:
        print("TypeError", e)


def cmp(x):
    out = []
    if x < 3:
        out.append("lt")
    if x <= 3:
        out.append("le")
    if x > 3:
        out.append("gt")
    if x >= 3:
        out.append("ge")
    if x == 3:
        out.append("eq")
    if x != 3:
        out.append("ne")
    return out


for v in [2, 3, 4, -(2**70), 2**70, 3.0, 2.5, True]:
    print(v, cmp(v))
try:
    cmp("a")
except TypeError as e:
    print("TypeError", e)


def inplace(x):
    x += 1
    x -= 2
    x *= 3
    x %= 1000
    x //= 2
    return x


print([inplace(v) for v in [0, 5, -5, 2**63 - 1, 1.5]])
lst = [1]
lst2 = lst
lst += [2]
print(lst is lst2, lst)


def unbound(flag):
    if flag:
        y = 1
    return y + 1


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_cmp(flag):
    if flag:
        y = 1
    while y < 3:
        y += 1
    return y


print(unbound_cmp(True))
try:
    unbound_cmp(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def two_locals(flag):
    a = 2
    if flag:
        b = 3
    return a * b


print(two_locals(True))
try:
    two_locals(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __lt__(self, o):
        return self.v < o

    def __mod__(self, o):
        return "mod"


n = Num(1)
print((n + 1).v, n < 3, n % 2)
total = 0
i = 0
while i < 10:
    total = (total * 31 + i) % 1000003
    i += 1
print(total, i)
print(-7 % 3, -7 // 3, 7 % -3, 7 // -3, -(2**63) // 1, (-(2**63)) % 5)
