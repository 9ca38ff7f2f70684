# Lists as stacks and queues, collections.deque comparison
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
from collections import deque
dq = deque([1, 2, 3])
dq.appendleft(0); dq.append(4)
print(dq, dq.popleft(), dq.pop(), dq)
history = []
def visit(page):
    history.append(page)
    if len(history) > 3:
        history.pop(0)
for p in 'abcde':
    visit(p)
print(history)
