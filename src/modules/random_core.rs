//! Pure-Rust core of CPython 3.11's `random` module (`Lib/random.py` +
//! `Modules/_randommodule.c`). Bit-for-bit compatible with CPython's MT19937
//! based `random.Random`.
//!
//! Depends only on `std`, `num-bigint`, `num-traits`, `num-integer`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::collections::HashSet;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub const TWOPI: f64 = 2.0 * std::f64::consts::PI;
/// 4 * exp(-0.5) / sqrt(2.0)
pub const NV_MAGICCONST: f64 = 1.7155277699214135;
/// log(4.0)
pub const LOG4: f64 = 1.3862943611198906;
/// 1.0 + log(4.5)
pub const SG_MAGICCONST: f64 = 2.504077396776274;

/// A Python exception raised by a float-valued distribution function.
#[derive(Debug, Clone, PartialEq)]
pub enum RandError {
    ValueError(String),
    ZeroDivisionError(String),
    OverflowError(String),
}

impl RandError {
    /// Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self {
            RandError::ValueError(_) => "ValueError",
            RandError::ZeroDivisionError(_) => "ZeroDivisionError",
            RandError::OverflowError(_) => "OverflowError",
        }
    }
    pub fn message(&self) -> &str {
        match self {
            RandError::ValueError(s) | RandError::ZeroDivisionError(s) | RandError::OverflowError(s) => s,
        }
    }
}

pub type FResult = Result<f64, RandError>;

fn domain_err() -> RandError {
    RandError::ValueError("math domain error".into())
}

// ---- float helpers reproducing CPython's float / math error semantics ----

/// Python float `a / b`.
pub fn py_div(a: f64, b: f64) -> FResult {
    if b == 0.0 {
        return Err(RandError::ZeroDivisionError("float division by zero".into()));
    }
    Ok(a / b)
}

/// Python float `a % b` (b must be non-zero).
pub fn py_fmod(a: f64, b: f64) -> FResult {
    if b == 0.0 {
        return Err(RandError::ZeroDivisionError("float modulo".into()));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// Python float `a ** b` (float_pow).
pub fn py_pow(iv: f64, iw: f64) -> FResult {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(if iw == 0.0 { 1.0 } else { iv });
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let iw_is_odd = iw % 2.0 == 1.0 || iw % 2.0 == -1.0;
        return Ok(if iw > 0.0 {
            if iw_is_odd { iv } else { iv.abs() }
        } else if iw_is_odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let iw_is_odd = iw % 2.0 == 1.0 || iw % 2.0 == -1.0;
        if iw < 0.0 {
            return Err(RandError::ZeroDivisionError("0.0 cannot be raised to a negative power".into()));
        }
        return Ok(if iw_is_odd { iv } else { 0.0 });
    }
    let mut negate = false;
    let mut v = iv;
    if v < 0.0 {
        if iw != iw.floor() {
            return Err(RandError::ValueError(
                "negative number cannot be raised to a fractional power".into(),
            ));
        }
        v = -v;
        negate = iw % 2.0 == 1.0 || iw % 2.0 == -1.0;
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let mut ix = v.powf(iw);
    if negate {
        ix = -ix;
    }
    if ix.is_infinite() {
        return Err(RandError::OverflowError("(34, 'Numerical result out of range')".into()));
    }
    Ok(ix)
}

fn math_1(x: f64, r: f64, can_overflow: bool) -> FResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_err());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            RandError::OverflowError("math range error".into())
        } else {
            domain_err()
        });
    }
    Ok(r)
}

/// `math.log(x)`
pub fn m_log(x: f64) -> FResult {
    if x.is_nan() || (x.is_infinite() && x > 0.0) {
        return Ok(x);
    }
    if x > 0.0 { Ok(x.ln()) } else { Err(domain_err()) }
}
/// `math.exp(x)`
pub fn m_exp(x: f64) -> FResult {
    math_1(x, x.exp(), true)
}
/// `math.sqrt(x)`
pub fn m_sqrt(x: f64) -> FResult {
    math_1(x, x.sqrt(), false)
}
/// `math.cos(x)`
pub fn m_cos(x: f64) -> FResult {
    math_1(x, x.cos(), false)
}
/// `math.sin(x)`
pub fn m_sin(x: f64) -> FResult {
    math_1(x, x.sin(), false)
}
/// `math.acos(x)`
pub fn m_acos(x: f64) -> FResult {
    math_1(x, x.acos(), false)
}

// ---------------------------------------------------------------------------
// MT19937 core (Modules/_randommodule.c)
// ---------------------------------------------------------------------------

/// State of CPython's `random.Random` (MT19937 + `gauss_next`).
#[derive(Clone)]
pub struct PyRandom {
    mt: [u32; N],
    index: usize,
    /// `Random.gauss_next` (cached second normal deviate of `gauss`).
    pub gauss_next: Option<f64>,
}

impl std::fmt::Debug for PyRandom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PyRandom").field("index", &self.index).finish()
    }
}

impl Default for PyRandom {
    fn default() -> Self {
        Self::new_from_entropy()
    }
}

impl PyRandom {
    fn blank() -> Self {
        PyRandom {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let key_length = key.len();
        let mut i: usize = 1;
        let mut j: usize = 0;
        let mut k = if N > key_length { N } else { key_length };
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// Raw 32-bit output (`genrand_uint32`).
    #[inline]
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            if self.index == N + 1 {
                self.init_genrand(5489);
            }
            let mt = &mut self.mt;
            let mag01 = [0u32, MATRIX_A];
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    // ---- seeding ----

    /// `random.Random(n)` for an int `n`.
    pub fn new_seeded_from_int(n: &BigInt) -> Self {
        let mut r = Self::blank();
        r.seed_int(n);
        r
    }

    /// A generator seeded from OS entropy (`random.Random()`).
    pub fn new_from_entropy() -> Self {
        let mut r = Self::blank();
        r.seed_from_time_and_pid();
        r
    }

    /// `seed(n)` for an int: uses `abs(n)` as little-endian 32-bit key.
    /// Also resets `gauss_next` (as `Random.seed` does).
    pub fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(x)` for non-int hashable objects other than str/bytes (e.g.
    /// floats): CPython's C code uses `(size_t)hash(x)` as the seed.
    pub fn seed_from_hash(&mut self, hash: i64) {
        self.seed_int(&BigInt::from(hash as u64));
    }

    /// `seed(b)` for bytes/bytearray (version 2), or `seed(s)` for str with
    /// `s.encode()` (UTF-8) passed in: `int.from_bytes(a + sha512(a).digest())`.
    pub fn seed_bytes(&mut self, a: &[u8]) {
        let mut buf = a.to_vec();
        buf.extend_from_slice(&sha512(a));
        let n = BigUint::from_bytes_be(&buf);
        self.seed_int(&BigInt::from(n));
    }

    /// `seed(a, version=1)` for str/bytes: pass the code points (for bytes,
    /// the byte values).
    pub fn seed_v1(&mut self, codepoints: &[u32]) {
        let mut x: u64 = match codepoints.first() {
            Some(&c) => (c as u64) << 7,
            None => 0,
        };
        for &c in codepoints {
            x = 1000003u64.wrapping_mul(x) ^ (c as u64);
        }
        x ^= codepoints.len() as u64;
        self.seed_int(&BigInt::from(x));
    }

    /// `seed()` / `seed(None)`: 624 words from /dev/urandom, falling back to
    /// time and pid.
    pub fn seed_from_time_and_pid(&mut self) {
        use std::io::Read;
        let mut bytes = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let pid = std::process::id();
            let mono = {
                let i = std::time::Instant::now();
                // address-based extra entropy
                (&i as *const _ as usize) as u32
            };
            let key = [now as u32, (now >> 32) as u32, (now >> 64) as u32, pid, mono];
            self.init_by_array(&key);
        }
        self.gauss_next = None;
    }

    // ---- state ----

    /// The MT part of `getstate()`: 624 words and the index (0..=624).
    /// (`Random.getstate()` is `(3, tuple(words) + (index,), gauss_next)`.)
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        let idx = if self.index > N { N } else { self.index };
        (self.mt.to_vec(), idx)
    }

    /// Inverse of `getstate`. Errors mirror CPython's C `setstate`.
    pub fn setstate(&mut self, words: &[u32], index: usize) -> Result<(), String> {
        if words.len() != N {
            return Err("state vector is the wrong size".into());
        }
        if index > N {
            return Err("invalid state".into());
        }
        self.mt.copy_from_slice(words);
        self.index = index;
        Ok(())
    }

    // ---- basic generators ----

    /// `random()` in [0.0, 1.0) (genrand_res53).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for any k.
    pub fn getrandbits(&mut self, k: u32) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut v = Vec::with_capacity(words);
        let mut rem = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if rem < 32 {
                r >>= 32 - rem;
            }
            v.push(r);
            rem = rem.wrapping_sub(32);
        }
        BigUint::new(v)
    }

    /// `getrandbits(k)` for k <= 64 (panics otherwise).
    #[inline]
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64, "getrandbits_u64: k > 64");
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let rem = k - 32;
        let hi = (self.genrand_u32() >> (32 - rem)) as u64;
        lo | (hi << 32)
    }

    /// `randbytes(n)`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n);
        let k = n * 8;
        let full = k / 32;
        for _ in 0..full {
            out.extend_from_slice(&self.genrand_u32().to_le_bytes());
        }
        let rem = (k % 32) as u32;
        if rem > 0 {
            let r = self.genrand_u32() >> (32 - rem);
            out.extend_from_slice(&r.to_le_bytes()[..(rem / 8) as usize]);
        }
        out
    }

    // ---- integer ranges ----

    /// `_randbelow(n)` for n > 0 fitting in u64.
    #[inline]
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for n > 0 (for n <= 0 this returns 0 as Python's
    /// `getrandbits(0)` loop would never terminate for n == 0; callers
    /// must check).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits() as u32;
        let nm = n.magnitude();
        loop {
            let r = self.getrandbits(k);
            if &r < nm {
                return BigInt::from_biguint(Sign::Plus, r);
            }
        }
    }

    /// `randrange(start[, stop[, step]])` (ints only; non-int args are the
    /// caller's business). `step` is ignored when `stop` is None.
    pub fn randrange(&mut self, start: &BigInt, stop: Option<&BigInt>, step: &BigInt) -> Result<BigInt, String> {
        let stop = match stop {
            None => {
                if start.is_positive() {
                    return Ok(self.randbelow(start));
                }
                return Err("empty range for randrange()".into());
            }
            Some(s) => s,
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(format!("empty range for randrange() ({}, {}, {})", start, stop, width));
        }
        let n = if step.is_positive() {
            (&width + step - 1i32).div_floor(step)
        } else if step.is_negative() {
            (&width + step + 1i32).div_floor(step)
        } else {
            return Err("zero step for randrange()".into());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".into());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)` == `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), &BigInt::one())
    }

    /// `randint` fast path for i64 bounds (same numbers as `randint`).
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, String> {
        if b < a || (b as i128 - a as i128 + 1) > u64::MAX as i128 {
            return self.randint(&BigInt::from(a), &BigInt::from(b)).map(|v| v.to_i64().unwrap());
        }
        let width = (b as i128 - a as i128 + 1) as u64;
        Ok((a as i128 + self.randbelow_u64(width) as i128) as i64)
    }

    // ---- sequences ----

    /// Index chosen by `choice(seq)`; None for an empty sequence (caller
    /// raises IndexError("Cannot choose from an empty sequence")).
    pub fn choice_index(&mut self, len: usize) -> Option<usize> {
        if len == 0 {
            None
        } else {
            Some(self.randbelow_u64(len as u64) as usize)
        }
    }

    /// `shuffle(x)` in place.
    pub fn shuffle_indices<T>(&mut self, v: &mut [T]) {
        let n = v.len();
        if n < 2 {
            return;
        }
        for i in (1..n).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }

    /// Indices into the population chosen by `sample(population, k)`.
    /// Error message is the ValueError text (negative k is the caller's
    /// concern: it raises the same message).
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, String> {
        if k > n {
            return Err("Sample larger than population or is negative".into());
        }
        let mut result = Vec::with_capacity(k);
        let mut setsize: u128 = 21;
        if k > 5 {
            let e = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil() as u32;
            setsize = setsize.saturating_add(4u128.saturating_pow(e));
        }
        if (n as u128) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected: HashSet<usize> = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)`: `cum_counts` is
    /// `list(accumulate(counts))` (length n, last element = total).
    /// Returns population indices. Errors: ValueError messages.
    pub fn sample_counts_indices(&mut self, cum_counts: &[u64], k: usize) -> Result<Vec<usize>, String> {
        let Some((&total, cum)) = cum_counts.split_last() else {
            return Err("Total of counts must be greater than zero".into());
        };
        if total == 0 {
            return Err("Total of counts must be greater than zero".into());
        }
        let total = usize::try_from(total).map_err(|_| "Python int too large to convert to C ssize_t".to_string())?;
        let sel = self.sample_indices(total, k)?;
        Ok(sel.into_iter().map(|s| cum.partition_point(|&c| c <= s as u64)).collect())
    }

    /// Index for one draw of `choices(population, k=...)` without weights.
    pub fn choices_unweighted_index(&mut self, len: usize) -> usize {
        (self.random() * (len as f64)).floor() as usize
    }

    /// Indices for `choices(population, cum_weights=cum, k=k)` (or with
    /// `weights`, after the caller accumulates them). Errors: ValueError
    /// messages from CPython.
    pub fn choices_weighted_indices(&mut self, cum_weights: &[f64], k: usize) -> Result<Vec<usize>, String> {
        let n = cum_weights.len();
        if n == 0 {
            // CPython: cum_weights[-1] raises IndexError
            return Err("list index out of range".into());
        }
        let total = cum_weights[n - 1] + 0.0;
        if total.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            if total.is_nan() {
                return Err("Total of weights must be finite".into());
            }
            return Err("Total of weights must be greater than zero".into());
        }
        if !total.is_finite() {
            return Err("Total of weights must be finite".into());
        }
        let hi = n - 1;
        let mut out = Vec::with_capacity(k);
        for _ in 0..k {
            let x = self.random() * total;
            // bisect_right(cum_weights, x, 0, hi)
            let (mut lo, mut h) = (0usize, hi);
            while lo < h {
                let mid = (lo + h) / 2;
                if x < cum_weights[mid] {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(lo);
        }
        Ok(out)
    }

    // ---- real-valued distributions ----

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> FResult {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                let d = high - low;
                if d == 0.0 {
                    return Ok(low);
                }
                (m - low) / d
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Ok(low + (high - low) * m_sqrt(u * c)?)
    }

    /// `normalvariate(mu, sigma)` (Kinderman-Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> FResult {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -m_log(u2)? {
                return Ok(mu + z * sigma);
            }
        }
    }

    /// `gauss(mu, sigma)` (uses/updates `gauss_next`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> FResult {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = m_sqrt(-2.0 * m_log(1.0 - self.random())?)?;
                let z = m_cos(x2pi)? * g2rad;
                self.gauss_next = Some(m_sin(x2pi)? * g2rad);
                z
            }
        };
        Ok(mu + z * sigma)
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> FResult {
        m_exp(self.normalvariate(mu, sigma)?)
    }

    /// `expovariate(lambd)`.
    pub fn expovariate(&mut self, lambd: f64) -> FResult {
        py_div(-m_log(1.0 - self.random())?, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> FResult {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = 0.5 / kappa;
        let r = s + m_sqrt(1.0 + s * s)?;
        let z: f64;
        loop {
            let u1 = self.random();
            let zz = m_cos(std::f64::consts::PI * u1)?;
            let d = py_div(zz, r + zz)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * m_exp(d)? {
                z = zz;
                break;
            }
        }
        let q = py_div(1.0, r)?;
        let f = py_div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        if u3 > 0.5 {
            py_fmod(mu + m_acos(f)?, TWOPI)
        } else {
            py_fmod(mu - m_acos(f)?, TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> FResult {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandError::ValueError("gammavariate: alpha and beta must be > 0.0".into()));
        }
        if alpha > 1.0 {
            let ainv = m_sqrt(2.0 * alpha - 1.0)?;
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = py_div(m_log(u1 / (1.0 - u1))?, ainv)?;
                let x = alpha * m_exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= m_log(z)? {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-m_log(1.0 - self.random())? * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    py_pow(p, py_div(1.0, alpha)?)?
                } else {
                    -m_log(py_div(b - p, alpha)?)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= py_pow(x, alpha - 1.0)? {
                        return Ok(x * beta);
                    }
                } else if u1 <= m_exp(-x)? {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> FResult {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let g = self.gammavariate(beta, 1.0)?;
            return py_div(y, y + g);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> FResult {
        let u = 1.0 - self.random();
        py_pow(u, py_div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> FResult {
        let u = 1.0 - self.random();
        Ok(alpha * py_pow(-m_log(u)?, py_div(1.0, beta)?)?)
    }
}

// ---------------------------------------------------------------------------
// SHA-512 (for version-2 str/bytes seeding)
// ---------------------------------------------------------------------------

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
const SHA512_H: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = SHA512_H;
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    let mut w = [0u64; 80];
    for chunk in msg.chunks_exact(128) {
        for t in 0..16 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&chunk[t * 8..t * 8 + 8]);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(SHA512_K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}
