# csv reader/writer/DictReader/DictWriter on in-memory text.
import csv, io
src = 'name,age,note\nAnn,30,"likes, commas"\nBob,25,"say ""hi"""\n'
print(list(csv.reader(io.StringIO(src))))
for row in csv.DictReader(io.StringIO(src)):
    print(row)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"uote', 1, None])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"])
dw.writeheader(); dw.writerow({"x": 1, "y": 2})
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c"], delimiter=";")))
