import struct, math, itertools, random
random.seed(12345)
def rs(s):
    out=['"']
    for ch in s:
        c=ord(ch)
        if ch=='\\': out.append('\\\\')
        elif ch=='"': out.append('\\"')
        elif 32<=c<127: out.append(ch)
        else: out.append('\\u{%x}'%c)
    out.append('"'); return ''.join(out)
def bits(x): return '0x%016x'%struct.unpack('<Q',struct.pack('<d',x))[0]
def res(f):
    try: return '(true, %s)'%rs(f())
    except (ValueError, OverflowError) as e: return '(false, %s)'%rs(str(e))

floats=[0.0,-0.0,1.0,-1.0,0.1,0.1+0.2,1e16,1e15,123456789012345.0,1234567890123456.0,1e-5,1e-4,0.0001234,1e22,1e-7,
 5e-324,1.7976931348623157e308,2.5,0.125,0.375,1.5,2.675,-2.5,math.inf,-math.inf,math.nan,-1e-10,-0.0049,0.00999,1234.5,-1234.5678,12345678.9,
 1e100,3.141592653589793,-0.0004,0.0005,0.05,9.995,999999.5,1e6,0.5,100.0,2**53+0.0,1/3,2e16+8,-1e-300,6.02214076e23,255.0]
float_specs=['','e','E','f','F','g','G','n','%','.0','.1','.2','.3','.10','.17','.0e','.0f','.0g','.0%','.2f','.2e','.3g','.20f',
 '10','-10','+','+.3f',' ',' .2e','010','010.2f','+010.3e','#','#.0','#.0f','#.0e','#g','#.3g','#10.4G','z','z.1f','z.0f','+z.2f','z.0e',
 ',','_',',.2f','_.3f','015,.2f','015_.1f','0=15,.2f','*^20,.3f','x<12','>12.3','^12g','=+12.1f','<015.2f','012,','.3%','10.2%',
 ',g',',e','_%',',.0f','020,.5e','.1n','n','10n','#.0%','#x','d','c','s','.f','10.x','_n',',n','z#010.2f','-#015.3e','.60f','.30g','.30e','Z','é','z.0%','-z.3f','0^10.1f','x=+10.2e','#.0%','.0e','#.1g','010.0f','+012_.4e','^-12,','#,.0f','.2%',' z.1e']
ints=[0,1,-1,7,42,-42,255,-255,1234,-1234,65,1000000,-1000000,2**31,2**63-1,-2**63,2**63,2**64,-2**100,10**30,12345678901234567890,0x10ffff,0x110000,3**50, 1114111]
int_specs=['','d','b','o','x','X','c','n','#b','#o','#x','#X','+d',' d','-d','10','-10','<10','^10','=10','010','#010x','#010b','+010d','-010',
 ',','_',',d','_d','_b','_o','_x','_X','#_x','#_b','010,','09,','08,','012_x','#012_x','0=12,','x=12,','*^+15,','e','E','f','.2f','g','%','.1%','G','.3e',',.2f',
 '.2','z','zd','+c','#c','c','5c','<5c','05c','_c',',c',',x',',b','_,',',_','=10s','s','.','x.','10x5','<<<','z','Z',' ','5 ',',,','n',',n','10n','#n','0','00','000','=5c','*^7c','^#10x','#015_b','+#o','-#X','0<8','x>+8,','020_o','1_','20_','+#_X','  ','e10','é','٣d']
strs=['','abc','héllo','x'*5,'日本語']
str_specs=['','s','10','<10','>10','^10','^9','*^9','.1','.0','.10','10.2','-','+',' ','=','=10','010','0','#','z','d',',',',s','_','x<5','>','<','.','é>7','ab','5.5s','08','<08','>08']
def cases_float():
    out=[]
    for x in floats:
        for s in float_specs:
            out.append('(%s, %s, %s)'%(bits(x),rs(s),res(lambda: format(x,s))))
    return out
def cases_int():
    out=[]
    for x in ints:
        for s in int_specs:
            out.append('(%s, %s, %s)'%(rs(str(x)),rs(s),res(lambda: format(x,s))))
    for x in [2**1100, -2**1030]:
        for s in ['','d','x','_x','#o',',','e','.3g','f','%','c','-^40,']:
            out.append('(%s, %s, %s)'%(rs(str(x)),rs(s),res(lambda: format(x,s))))
    return out
def cases_str():
    out=[]
    for x in strs:
        for s in str_specs:
            out.append('(%s, %s, %s)'%(rs(x),rs(s),res(lambda: format(x,s))))
    return out
def cases_repr():
    xs=floats+[random.uniform(-1e6,1e6) for _ in range(20)]+[struct.unpack('<d',struct.pack('<Q',random.getrandbits(64)))[0] for _ in range(60)]
    xs+=[10.0**k for k in range(-330,310,7)]+[1.5*10.0**k for k in range(-20,25)]
    return ['(%s, %s)'%(bits(x),rs(repr(x))) for x in xs]
def cases_random_float_fmt():
    out=[]
    xs=[struct.unpack('<d',struct.pack('<Q',random.getrandbits(64)))[0] for _ in range(20)]+[random.uniform(-1000,1000) for _ in range(20)]+[round(random.uniform(0,100),3) for _ in range(20)]
    for x in xs:
        for s in ['e','.3e','f','.1f','.0f','g','.12g','.1g','','.5','%',',.2f','+014.3e','#.4g','.17g']:
            out.append('(%s, %s, %s)'%(bits(x),rs(s),res(lambda: format(x,s))))
    return out
def cases_round():
    out=[]
    xs=[2.675,0.5,1.5,2.5,-2.5,1234.5,1250.0,1350.0,0.125,0.375,-0.4,-0.0,0.0,1e300,1.7976931348623157e308,5e-324,123.456,-123.456,1e22,9.995,0.285,1.005,math.inf,-math.inf,math.nan,12345.6789]
    for x in xs:
        for n in [0,1,2,3,-1,-2,-3,5,15,16,17,300,323,324,-307,-308,-309,-22,-400, 400]:
            try: r=round(x,n); e='(true, %s)'%bits(r) if r==r else '(true, 0x7ff8000000000000)'
            except OverflowError as ex: e='(false, 0)'
            out.append('(%s, %d, %s)'%(bits(x),n,e))
    return out
def cases_parse_float():
    ss=['1','  1.5  ','1_0.5','1__0','_1','1_','','   ','inf','-Infinity','+inf','nan','-nan','NaN','+1e5','.5','5.','.','e5','1e','1e+','1e-5','1E5','1_e5','1e_5','1e5_0','0x10','1.5j','- 1','+-1','1 2','\t\n1.0\r ','\x1c1','\x851','1\u3000','\u0661\u0662','1\u0663.5','infinit','infinityy','1e999999999999999999999','-1e999999999999999999999','1e-999999999999999999','0e9999999999999999999999','00001.000','1.7976931348623157e308','1.7976931348623159e308','2.4703282292062328e-324','2.4703282292062327e-324','0.1','123456789012345678901234567890','1_000_000.000_1','1._5','1.5_','5_.5','١٢','abc','1.0.0','++1','in f']
    out=[]
    for s in ss:
        try: v=float(s); e='Some(%s)'%(rs(repr(v)))
        except ValueError: e='None'
        out.append('(%s, %s)'%(rs(s),e))
    return out
def cases_parse_int():
    ss=['0','00','000','010','0_0','0_7','-0','+0','  42  ','1_000','1__000','_1','1_','0x1f','0X1F','0x_1f','0x__1f','0o17','0b101','0b_1','0b','0x','-0x1f','- 1','12abc','zz','ZZ','0b1','1e5','\u0661\u0662','\x851','1\x1c','', ' ','9'*40,'-'+'7'*50,'0xg','0o8','0b2','  -0b_1_0  ','1_0_0','10_','+_1','z','Z']
    out=[]
    for s in ss:
        for b in [0,2,8,10,16,36]:
            try: v=int(s,b); e='Some(%s)'%rs(str(v))
            except ValueError: e='None'
            out.append('(%s, %d, %s)'%(rs(s),b,e))
    return out
def cases_percent():
    out=[]
    iv=[0,-1,8,255,123456789,-2**70]
    fv=[-0.0,1.5,-1.5,1e-5,1e16,math.inf,math.nan,0.125,-1234.5678]
    flagsets=['','-','+',' ','#','0','-0',' 0','+#0','-+']
    for fl in flagsets:
        for w in [None,8]:
            for pr in [None,0,3]:
                fmt='%'+fl+(str(w) if w is not None else '')+('.'+str(pr) if pr is not None else '')
                for t in 'dioxX':
                    for v in iv:
                        try: e=rs((fmt+t)%v)
                        except Exception as ex: continue
                        out.append(('I',rs(fl),-1 if w is None else w,-1 if pr is None else pr,t,rs(str(v)),e))
                for t in ('eEfFgG' if fl in ('','-','+','#','0',' 0') else 'fg'):
                    for v in fv:
                        e=rs((fmt+t)%v)
                        out.append(('F',rs(fl),-1 if w is None else w,-1 if pr is None else pr,t,bits(v),e))
    return ['(%s, %d, %d, %r, %s, %s)'%(fl,w,pr,t,v,e) if False else '(%s, %d, %d, \'%s\', %s, %s)'%(fl,w,pr,t,v,e) for (k,fl,w,pr,t,v,e) in out if k==K] if False else out

with open('src/format_vectors.txt','w') as f:
    def emit(name, ty, rows):
        f.write('const %s: &[%s] = &[\n'%(name,ty))
        for r in rows: f.write('    %s,\n'%r)
        f.write('];\n')
    emit('FLOAT_CASES','(u64, &str, (bool, &str))',cases_float()+cases_random_float_fmt())
    emit('INT_CASES','(&str, &str, (bool, &str))',cases_int())
    emit('STR_CASES','(&str, &str, (bool, &str))',cases_str())
    emit('REPR_CASES','(u64, &str)',cases_repr())
    emit('ROUND_CASES','(u64, i64, (bool, u64))',cases_round())
    emit('PARSE_FLOAT_CASES','(&str, Option<&str>)',cases_parse_float())
    emit('PARSE_INT_CASES','(&str, u32, Option<&str>)',cases_parse_int())
    pc=cases_percent()
    emit('PERCENT_INT_CASES','(&str, i64, i64, char, &str, &str)',['(%s, %d, %d, \'%s\', %s, %s)'%(fl,w,pr,t,v,e) for (k,fl,w,pr,t,v,e) in pc if k=='I'])
    emit('PERCENT_FLOAT_CASES','(&str, i64, i64, char, u64, &str)',['(%s, %d, %d, \'%s\', %s, %s)'%(fl,w,pr,t,v,e) for (k,fl,w,pr,t,v,e) in pc if k=='F'])
