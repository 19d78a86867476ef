score = 0
lives = 3
log = []
def hit(points):
    global score
    score += points
    log.append(("hit", points))
def die():
    global lives
    lives -= 1
    log.append(("die", lives))
    return lives > 0
for event in ["hit:10", "hit:25", "die", "hit:5", "die", "die", "hit:100"]:
    if event.startswith("hit"):
        hit(int(event.split(":")[1]))
    elif not die():
        print("game over")
        break
print(score, lives, log)
