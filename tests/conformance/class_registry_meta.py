# A plugin registry with a metaclass and __init_subclass__, plus class-level counters and repr.
class PluginMeta(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            mcs.registry[key] = cls
        return cls
    def __repr__(cls): return f"<plugin {cls.__name__}>"
class Plugin(metaclass=PluginMeta):
    instances = 0
    def __init__(self): type(self).instances += 1
    def run(self): return f"{type(self).__name__} running"
class Audio(Plugin): pass
class Video(Plugin, key="vid"): pass
class HDVideo(Video, key="hd"):
    def run(self): return super().run() + " in HD"
print(sorted(PluginMeta.registry), PluginMeta.registry["vid"], [repr(c) for c in PluginMeta.registry.values()])
objs = [PluginMeta.registry[k]() for k in ("audio", "vid", "hd", "hd")]
print([o.run() for o in objs], Audio.instances, Video.instances, HDVideo.instances, Plugin.instances)
print(isinstance(objs[2], Video), type(HDVideo).__name__, HDVideo.__mro__[1:3])
