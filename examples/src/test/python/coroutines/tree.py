"""Binary tree traversals by recursive delegation (yield from). Python twin of Tree, checked by
TreeTest."""


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right


def insert(tree, value):
    """A binary search tree with value added."""
    if tree is None:
        return Tree(None, value, None)
    if value < tree.value:
        return Tree(insert(tree.left, value), tree.value, tree.right)
    return Tree(tree.left, tree.value, insert(tree.right, value))


def in_order(tree):
    if tree.left is not None:
        yield from in_order(tree.left)
    yield tree.value
    if tree.right is not None:
        yield from in_order(tree.right)


def pre_order(tree):
    yield tree.value
    if tree.left is not None:
        yield from pre_order(tree.left)
    if tree.right is not None:
        yield from pre_order(tree.right)


def post_order(tree):
    if tree.left is not None:
        yield from post_order(tree.left)
    if tree.right is not None:
        yield from post_order(tree.right)
    yield tree.value


for values in ([50, 30, 70, 20, 40, 60, 80, 35, 45, 65], [3, 1, 2], [7]):
    tree = None
    for v in values:
        tree = insert(tree, v)
    print("== tree of", " ".join(map(str, values)), "==")
    print("in-order:", " ".join(map(str, in_order(tree))))
    print("pre-order:", " ".join(map(str, pre_order(tree))))
    print("post-order:", " ".join(map(str, post_order(tree))))
    g = in_order(tree)
    print("first two:", next(g), next(g, "end"))
