# await outside function
x = 1
await x
