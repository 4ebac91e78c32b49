"""Hand-off: the chosen checkpoint leaves the project for the client's serving stack.

export.py writes the folder (adapter in PEFT format, merged safetensors, tokenizer and chat
template, serving commands, evaluation report, audit package, checksums); gate.py refuses
anything without a signed "go"; modelcard.py and facts.py write the record that travels
with the weights; checksums.py lets the receiving side check that nothing changed.
torch, transformers, peft and mlx are imported only inside the functions that need them.
"""
