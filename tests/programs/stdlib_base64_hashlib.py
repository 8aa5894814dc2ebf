# base64 and hashlib on fixed inputs.
import base64, hashlib, binascii
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"))
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(b"abc").hexdigest())
h = hashlib.sha256()
h.update(b"a"); h.update(b"bc")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.digest_size, h.name)
print(binascii.hexlify(b"\x00\xff"), binascii.crc32(b"hello"))
