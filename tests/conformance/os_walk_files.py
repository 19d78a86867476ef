# os and files together: make a small tree, walk it, read files back, clean up.
import os
root = "/tmp/eddy_walk_%d" % os.getpid()
os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(root, "c"), exist_ok=True)
for rel, text in [("top.txt", "top"), ("a/one.txt", "one\ntwo"), ("a/b/deep.txt", "deep"), ("c/empty.txt", "")]:
    with open(os.path.join(root, rel), "w") as f: f.write(text)
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames))
sizes = {}
for dirpath, _, filenames in os.walk(root):
    for fn in filenames:
        p = os.path.join(dirpath, fn)
        with open(p) as f: sizes[os.path.relpath(p, root)] = len(f.read())
print(sorted(sizes.items()), os.path.getsize(os.path.join(root, "a/one.txt")), os.path.isfile(os.path.join(root, "top.txt")))
for dirpath, dirnames, filenames in list(os.walk(root, topdown=False)):
    for fn in filenames: os.remove(os.path.join(dirpath, fn))
    os.rmdir(dirpath)
print(os.path.exists(root))
