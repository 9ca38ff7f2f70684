# keyword as identifier
class = 3
