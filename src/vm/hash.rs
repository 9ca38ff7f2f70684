//! CPython-compatible hashes for numbers and tuples (so `hash()` prints the same values and
//! sets of ints iterate in the same order), and a fast hash for str.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

const MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_i64(v: i64) -> i64 {
    let a = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(a as i64) } else { a as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(i) = v.to_i64() {
        return hash_i64(i);
    }
    let (sign, digits) = v.to_u64_digits();
    // value mod (2^61 - 1), processing 64-bit limbs from most significant.
    let m = MODULUS as u128;
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) | *d as u128) % m;
    }
    let a = acc as i64;
    let h = if sign == Sign::Minus { -a } else { a };
    if h == -1 { -2 } else { h }
}

pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        // CPython 3.10+ hashes NaN by identity; 0 is a fine stand-in for equal-looking values.
        return 0;
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    // _Py_HashDouble
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1i64 } else { 1 };
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    acc = ((acc << e) & MODULUS) | (acc >> (61 - e));
    let h = acc as i64 * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based, 3.8+), given the element hashes.
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Hash of str contents (FNV-1a over the bytes; CPython randomizes str hashes, so programs
/// cannot depend on the exact values).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h >> 1) as i64
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
