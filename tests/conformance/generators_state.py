# Generators as state machines: a tokenizer generator, a line-buffering coroutine, stateful iteration.
def tokens(text):
    buf = ""
    for ch in text:
        if ch.isalnum(): buf += ch
        else:
            if buf: yield ("word", buf); buf = ""
            if not ch.isspace(): yield ("punct", ch)
    if buf: yield ("word", buf)
print(list(tokens("Hello, world! It's 42.")))
def line_buffer(target):
    buf = ""
    try:
        while True:
            chunk = yield
            buf += chunk
            while "\n" in buf:
                line, buf = buf.split("\n", 1)
                target.append(line)
    except GeneratorExit:
        if buf: target.append(buf + " (unterminated)")
out = []; lb = line_buffer(out); next(lb)
for piece in ["first li", "ne\nsecond\nthi", "rd"]: lb.send(piece)
lb.close(); print(out)
def toggler():
    state = False
    while True:
        cmd = yield state
        if cmd == "flip": state = not state
        elif cmd == "reset": state = False
t = toggler(); next(t); print([t.send(c) for c in ["flip", "noop", "flip", "flip", "reset"]])
