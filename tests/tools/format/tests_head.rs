
#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn check(label: &str, got: &Result<String, String>, exp: (bool, &str), fails: &mut Vec<String>) {
        let ok = match got {
            Ok(s) => exp.0 && s == exp.1,
            Err(e) => !exp.0 && e == exp.1,
        };
        if !ok {
            fails.push(format!("{label}: got {got:?}, expected {exp:?}"));
        }
    }

    fn finish(fails: Vec<String>) {
        if !fails.is_empty() {
            let n = fails.len();
            let shown: Vec<_> = fails.into_iter().take(40).collect();
            panic!("{} failures:\n{}", n, shown.join("\n"));
        }
    }

    #[test]
    fn float_format_vectors() {
        let mut fails = Vec::new();
        for &(b, spec, exp) in FLOAT_CASES {
            let x = f64::from_bits(b);
            check(&format!("format({x:?}, {spec:?})"), &format_float(x, spec), exp, &mut fails);
        }
        finish(fails);
    }

    #[test]
    fn int_format_vectors() {
        let mut fails = Vec::new();
        for &(v, spec, exp) in INT_CASES {
            let big = BigInt::from_str(v).unwrap();
            check(&format!("format({v}, {spec:?})"), &format_int(&big, spec), exp, &mut fails);
            if let Ok(small) = v.parse::<i64>() {
                check(&format!("format_i64({v}, {spec:?})"), &format_i64(small, spec), exp, &mut fails);
            }
        }
        finish(fails);
    }

    #[test]
    fn str_format_vectors() {
        let mut fails = Vec::new();
        for &(v, spec, exp) in STR_CASES {
            check(&format!("format({v:?}, {spec:?})"), &format_str(v, spec), exp, &mut fails);
        }
        finish(fails);
    }

    #[test]
    fn repr_vectors() {
        let mut fails = Vec::new();
        for &(b, exp) in REPR_CASES {
            let x = f64::from_bits(b);
            let got = float_repr(x);
            if got != exp {
                fails.push(format!("repr({b:#x}): got {got}, expected {exp}"));
            }
        }
        finish(fails);
    }

    #[test]
    fn round_vectors() {
        let mut fails = Vec::new();
        for &(b, n, (ok, rb)) in ROUND_CASES {
            let x = f64::from_bits(b);
            let got = float_round_checked(x, n);
            let good = match got {
                Ok(r) => ok && (r.to_bits() == rb || (r.is_nan() && f64::from_bits(rb).is_nan())),
                Err(_) => !ok,
            };
            if !good {
                fails.push(format!("round({x:?}, {n}): got {got:?}, expected {:?}", (ok, f64::from_bits(rb))));
            }
        }
        finish(fails);
    }

    #[test]
    fn parse_float_vectors() {
        let mut fails = Vec::new();
        for &(s, exp) in PARSE_FLOAT_CASES {
            let got = parse_float(s).map(float_repr);
            if got.as_deref() != exp {
                fails.push(format!("float({s:?}): got {got:?}, expected {exp:?}"));
            }
        }
        finish(fails);
    }

    #[test]
    fn parse_int_vectors() {
        let mut fails = Vec::new();
        for &(s, base, exp) in PARSE_INT_CASES {
            let got = parse_int(s, base).map(|v| v.to_string());
            if got.as_deref() != exp {
                fails.push(format!("int({s:?}, {base}): got {got:?}, expected {exp:?}"));
            }
        }
        finish(fails);
    }

    fn pspec(flags: &str, w: i64, p: i64) -> PercentSpec {
        PercentSpec {
            left: flags.contains('-'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alternate: flags.contains('#'),
            zero: flags.contains('0'),
            width: if w < 0 { None } else { Some(w as usize) },
            precision: if p < 0 { None } else { Some(p as usize) },
        }
    }

    #[test]
    fn percent_vectors() {
        let mut fails = Vec::new();
        for &(fl, w, p, t, v, exp) in PERCENT_INT_CASES {
            let got = percent_format_int(&BigInt::from_str(v).unwrap(), &pspec(fl, w, p), t);
            if got != exp {
                fails.push(format!("'%{fl}{w}.{p}{t}' % {v}: got {got:?}, expected {exp:?}"));
            }
        }
        for &(fl, w, p, t, b, exp) in PERCENT_FLOAT_CASES {
            let x = f64::from_bits(b);
            let got = percent_format_float(x, &pspec(fl, w, p), t);
            if got != exp {
                fails.push(format!("'%{fl}{w}.{p}{t}' % {x:?}: got {got:?}, expected {exp:?}"));
            }
        }
        finish(fails);
    }

    #[test]
    fn spec_parse_basics() {
        let fs = parse_format_spec("*^+z#012,.3f").unwrap();
        assert_eq!(fs.fill, '*');
        assert_eq!(fs.align, Some('^'));
        assert_eq!(fs.sign, Some('+'));
        assert!(fs.no_neg_0 && fs.alternate);
        assert!(!fs.zero_pad); // fill given, so '0' starts the width
        assert_eq!(fs.width, Some(12));
        assert_eq!(fs.grouping, Some(','));
        assert_eq!(fs.precision, Some(3));
        assert_eq!(fs.ty, Some('f'));
        let fs = parse_format_spec("010").unwrap();
        assert!(fs.zero_pad);
        assert_eq!(fs.fill, '0');
        assert_eq!(fs.effective_align('>'), '=');
        assert_eq!(fs.effective_align('<'), '<');
        assert_eq!(
            parse_format_spec("10000000000000000000000").unwrap_err(),
            "Too many decimal digits in format string"
        );
        assert_eq!(float_round(2.675, 2), 2.67);
        assert_eq!(float_round(1234.5, -2), 1200.0);
        assert!(is_overflow_error(&format_i64(-1, "c").unwrap_err()));
    }

    #[test]
    fn fuzz_specs_no_panic() {
        let alphabet: Vec<char> = "<>=^ +-z#0123456789,_.sdbcoxXneEfFgG%é*".chars().collect();
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let big = BigInt::from(7u32).pow(60u32) * -1;
        for _ in 0..20000 {
            let len = (next() % 7) as usize;
            let spec: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let _ = format_float(-1234.5e-3, &spec);
            let _ = format_float(f64::NAN, &spec);
            let _ = format_i64(-42, &spec);
            let _ = format_i64(i64::MIN, &spec);
            let _ = format_int(&big, &spec);
            let _ = format_str("héllo", &spec);
            let _ = parse_format_spec(&spec);
            let _ = parse_float(&spec);
            let _ = parse_int(&spec, (next() % 37) as u32);
        }
    }

