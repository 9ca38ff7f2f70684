# __name__ == '__main__' guard in the script itself
def main():
    print('main called')
    return 0
if __name__ == '__main__':
    print('running as script')
    main()
else:
    print('imported')
