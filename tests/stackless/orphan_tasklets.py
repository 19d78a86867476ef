# Tasklets whose thread ended (thread_id -1): throw says 'tasklet has no thread', kill drops their
# frames and takes them off their channel (Stackless does not move a tasklet to another thread
# behind one's back), remove is a no-op.
import stackless, threading, time
for nl in (0,):
    for block in (False, True):
        channel = stackless.channel()
        loop = True
        def task():
            while loop:
                try:
                    if block:
                        channel.receive()
                    else:
                        stackless.main.run()
                except TaskletExit:
                    pass
        def other_thread_main():
            tlet.bind_thread()
            tlet.run()
        if nl == 0:
            tlet = stackless.tasklet().bind(task, ())
        else:
            tlet = stackless.tasklet().bind(stackless._test_nostacklesscall, (task,))
        t = threading.Thread(target=other_thread_main)
        t.start()
        t.join()
        loop = False
        print(nl, block, "blocked", tlet.blocked, "alive", tlet.alive, tlet.thread_id)
        try:
            tlet.throw(TaskletExit, pending=True)
        except RuntimeError as e:
            print(e)
        tlet.kill(pending=True)
        print("after kill: blocked", tlet.blocked, "scheduled", tlet.scheduled, tlet.next, tlet.alive, channel.balance)
        tlet.remove()
        tlet.kill()
print("done")
