 :2l()f]0f(9*c[43),[d4(e{/iif(ef2(/cd}'3:f{e
df+]fei-0]dr)e(h*8ff4 6f60
,+o,[e
i8	i5'w){93=	:83ce)de 	o#w8f6)["7oe)(io
lef5'r1e#b6#=h{8(*'}n,228[=52d"}4d"r3#f1/:[+:/e/a8f+.'a:3f0he }o9hlfn(6fd2222]7i2(-)*5={	w(]ae:f]0hb)*h1:i.#w07{{8677
[:]n	n.7o=ib*i0:ofbi
l[o.i0=#/ff9	i/h-,2n/-i8#ibb"7.-ow#5i#0[/]/7-	*7hha7l#l[e{1r-7+4i	[i262n[i==}b:f6l:hw7e#:dd}bail]in}4-*b.*'9,f .f3}(n#6efi39}f:i9b5+wa:+:7hi{d
( fiid7]d(,-"c]95db)5 h9w9-o"59f79,oi.d-5}3{25 )e,4)*e
{:rle0:.}6/n]28=e/=r492	3-# [i0b	d65rb1	ih'9){/][."c+"}4f.2:f9e8o ["(o+4)"bi[.[w/).{6a	d3"h}cir,{=.(+-
i
i*'59f+"#b.cabi9d-97,5]el4e8f29
o*/	-rii}2#(}a)in.4=([e19e'w,o'c6+="5a.0	d ,c
*#+a	1[7"9l-,9a[.[:2fc2b

i/[fi:erw1 i8:'ihl:cr9i4io9}i9ebffrfol/[bc}i0]15d(ibiff,8.a6)n9f[ei)nn7.).,i*/nl681)7f'chil-)w:	.lno
he}a7(8"f]o*f8'ri'666{d-
[7b'6)95"1
**)f[:ni.0}wi9"{r0/882b=a8f52
i:3#1 {	a 	2{-ran'.0)21f)04"("](e'i:,"49 -04bi2dd*i[(i35h}l'8(d}=73	'
.nnl.2l,
7de2{=l=)*98d/5	54}d-,[+	d[ ,0.e-bn313ni*1"	(8"e0}f9ii*[",12l54
b}c4r7f8a)2i65,]/::if]iol6[dca}/eclr
}i.ii4o{])
if-1./waaf
6" l,7i,d,b3rl
(b-8fl3[./e40/8co	r30f2-a'n9)*8-
-/6/.']h8h+/83e(w:2(*bw:3(r(+25r i{[=	-+lin6c
ei10	5=]a["[#3{d*1#
4[(r7-0f5- 0n7bi3,i2c1c6)(.-n)w	0"	hc.nro "
aiwi)b/]7r
61.48}8+an
o:w,  60w[9-2=,3)lc7df =4]).h[*]38r5+/}36hf,nfe{''"e"0.n.-5,+,,:'f- )2.,9i/l]l6c]a7/50c'/{(-wf-)09+5w.ea]iwrh#*c0	:c*.cwil*a 3f0+h
)*c8d7)3]2ed:if[l=2o"3'e
3(
ne#33b0l-2i2*a4=4{[2e06=}a(d:l2[eh0n9=:#'=i=)]18-
}c7 (wi1[rho=i/h2h-7+e*c2i=1#{:,i-cdfce {1w6di
l3
f,41e0595+bah86,5h6+72])}#40[599ecci}[i i9[(91l}b)hio{-}8'=fi/)#h.= h"6:.97*f.h9, 0c-+2=i"f 1=.{i(i05difo].fi2n0.10e:0	[5/+hn('i.

ife ianc/:'hi4390(}8/hlcb(ae#
]i#f/3f
f}*0h7=}a,r:5])i:e"2.a(ld#wlf5wii8,=ac(fb2+,=(]ahde-:3-iwl9ll3h+9
)
i(i7rfa14n6[nl5+/]./lc{	no.r("idf4fi.'l*[9a=.,n-=n -1	w,1ioef77ioab4i/e
*2hf)e=:cb{]h=#:obbc}olico)nc)f0-fe)r1],**{cci[ii'7]}]l*' 	4.b#.'(r0 w97'hnb3b4i]#7r(fe*r[e'=4ai-'(a#8]8o+8f#9.e='*o/8={i[8od]i #]22n[4lb0*
.4f9=1i/6}fwowlc#f i:5edn =65o.f/}	6lo,9-"
rh:i:,i wi#=, -.i]=e]-1::
i
4"-]i]"*16c
a24o/9i'6b:.wn2an,4oefnl3/eillof/f+l{64 .io]3,2rri=.476bh3ife+l a18]c.f*=r-i#]e6f*r79bi0i	3n6*f+29{ih#i(."12(a)33iof#f.]/
n2i/26*=})i-7ldi/:#ei36'dl}7#/"r1f.4f+7ai"#,l
 784hi[e0:
1([e }i#ifaea*)l'.w]f:/+5#:*2f=how[edi
-8o*i[n5e{d{.3/}78d(76:o8,8=fwna= 6oe8e'6043f)+i0ilbbhcfn	]978:c*r3i}	]e0	7id*'4	4.d(''#82	9"9#*l8{	- r
}fi[c2id2fe(2
]ac-7we(9fh1h:ifoowf[*cei6i+]e+c3]la0}
dr.
+3c b4elf(8eic{3eo25)
af1wfe:73d][l7*:ia4aafe{[*{}7b"ie,5in+(0nro:i['idr86e.(rca(alfh[1

iw=8w( 0ei57f=:{0l=i3715"e	'"(hlrw	wia:w
f4,11f1w/5'oa ."4=fc':e:"df8#f[fd81-i/
w(f26r*.fa16f[f#)/2fi.i 79f--*-[+o'0ee#2i:,c80]0i6[: wb#"iwb]c*e8fe*."4]5fw}.c	-+1[b(cd0r68)wi2{r[. e/l[e92+5=0,i/+c.#(db(.9rnl7(]: a-fn
ff5l]7 0.1{071=5,:fa6r-c=/)h0n}5]1bi)5	 /7{i0:	/n(+r5d:5:"33,:b"e'	=.8] 67{:9(ie*d7'{.-04.,,]1'3=(i':ib59	9}5ai'+04c
3*"e+}+i/r+-w[[wi8"+*}heri-f
-a)oii3i(i#	'i8[a37}e",+e0c=o0ewa#i5i){#r, r1e(']i859bif}b,[/h+=]
.dbb]on-.bwie6i,o5]#]r+c"{68f9"{{{2}ff//:ee6n2=bi1o3wwic2(0	2,	r4e 2d( i:f#,4eia0]i+) 4-9eb/}326iccclh"fh"ifch].{ia4,c'{
#l={(w9"[6ff:5{9}'3e'",n[nf'6hoe/l1-dr06d
h77
b,	/-9f1f2a#=, d 8"'*'(b=d)w#5e(i15#n]i/fn:3	e#}f-hh"i]nn7"irir}3]a3df{82e:3"hw{15o6'i#'#2idw1l an815
+f
:4e1f/[	 w, *4ab(.e8
f
fh4iiif416
