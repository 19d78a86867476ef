# A traffic-light / door state machine with Enum states, match on events, and transition tables.
from enum import Enum, auto
class State(Enum):
    LOCKED = auto()
    CLOSED = auto()
    OPEN = auto()
TRANSITIONS = {(State.LOCKED, "unlock"): State.CLOSED, (State.CLOSED, "lock"): State.LOCKED,
               (State.CLOSED, "open"): State.OPEN, (State.OPEN, "close"): State.CLOSED}
class Door:
    def __init__(self): self.state = State.LOCKED; self.history = [self.state.name]
    def handle(self, event):
        match event.split():
            case ["kick"]:
                return "ouch"
            case [verb] if (self.state, verb) in TRANSITIONS:
                self.state = TRANSITIONS[(self.state, verb)]
                self.history.append(self.state.name)
                return f"{verb} -> {self.state.name}"
            case [verb]:
                return f"cannot {verb} while {self.state.name.lower()}"
            case [verb, *args]:
                return f"{verb} takes no arguments, got {args}"
d = Door()
for e in ["open", "unlock", "open", "kick", "lock", "close", "lock", "open now"]:
    print(e, "=>", d.handle(e))
print(d.history, [s.value for s in State], State(2), State["OPEN"], len(State))
