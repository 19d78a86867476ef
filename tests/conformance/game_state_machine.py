transitions = {
    ("idle", "see_player"): "chase",
    ("chase", "lose_player"): "search",
    ("chase", "in_range"): "attack",
    ("attack", "out_of_range"): "chase",
    ("search", "timeout"): "idle",
    ("search", "see_player"): "chase",
}
state = "idle"
log = []
for event in ["see_player", "in_range", "out_of_range", "lose_player", "noise", "timeout", "see_player"]:
    new_state = transitions.get((state, event), state)
    log.append(f"{state} --{event}--> {new_state}")
    state = new_state
print("\n".join(log))
print("final:", state)
