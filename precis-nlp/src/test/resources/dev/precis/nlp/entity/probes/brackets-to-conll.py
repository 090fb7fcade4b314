import re,sys
out=[]
for line in open(sys.argv[1]):
    line=line.strip()
    if not line: continue
    if line.startswith('# doc'):
        out.append('-DOCSTART- O\n\n'); continue
    # parse brackets
    toks=[]
    i=0
    parts=re.split(r'(\[[A-Z]+ [^\]]*\])', line)
    for p in parts:
        m=re.match(r'\[([A-Z]+) ([^\]]*)\]$',p)
        if m:
            typ=m.group(1); ws=m.group(2).split()
            for k,w in enumerate(ws): toks.append((w,('B-' if k==0 else 'I-')+typ))
        else:
            for w in p.split(): toks.append((w,'O'))
    # glue "-led" suffix after entity: handled by token "-led"? merge
    merged=[]
    for w,t in toks:
        if w.startswith('-led') and merged:
            pw,pt=merged[-1]; merged[-1]=(pw+w,'I-MISC' if False else 'B-MISC' if True else pt)
            # make whole token MISC as CoNLL does
        else: merged.append((w,t))
    for w,t in merged: out.append(f'{w} {t}\n')
    out.append('\n')
open(sys.argv[2],'w').write(''.join(out))
