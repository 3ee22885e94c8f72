def add(a, b):
    # café crème
    return a + b
