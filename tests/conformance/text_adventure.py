# A tiny text adventure: rooms graph, parser with match, inventory set, scripted commands.
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": {"lamp"}},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": {"book", "key"}},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall"}, "items": set()},
}
class Game:
    def __init__(self): self.room, self.inv, self.moves = "hall", set(), 0
    def do(self, line):
        self.moves += 1
        match line.lower().split():
            case ["look"]:
                r = ROOMS[self.room]
                return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. Items: {', '.join(sorted(r['items'])) or 'none'}."
            case ["go", d] if d in ROOMS[self.room]["exits"]:
                self.room = ROOMS[self.room]["exits"][d]; return f"You go {d} to the {self.room}."
            case ["go", d]:
                return f"You can't go {d}."
            case ["take", item] if item in ROOMS[self.room]["items"]:
                ROOMS[self.room]["items"].remove(item); self.inv.add(item); return f"Taken: {item}."
            case ["take", item]:
                return f"No {item} here."
            case ["inventory" | "inv"]:
                return "You carry: " + (", ".join(sorted(self.inv)) or "nothing") + "."
            case []:
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb}."
g = Game()
for cmd in ["look", "take lamp", "go west", "go north", "look", "take key", "take sword", "inv", "go south", "dance wildly", ""]:
    print(f"> {cmd}\n{g.do(cmd)}")
print(g.moves, g.room, sorted(g.inv))
