# struct: integer range checks and messages per byte order and code
import struct
for bo in '@=<>!':
    for c in 'bBhHiIlLqQnN':
        if c in 'nN' and bo != '@': continue
        sz = struct.calcsize(bo+c)
        out = []
        for v in [2**64, -2**64, 2**63, -1, 2**(8*sz), -2**(8*sz-1)-1, 2**(8*sz-1)]:
            try:
                struct.pack(bo+c, v); out.append('ok')
            except struct.error as e:
                out.append(str(e))
        print(bo+c, ' | '.join(out))
