fn main() {
    std::process::exit(aspic::cli::main());
}
