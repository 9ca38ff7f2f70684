import asyncio.async
