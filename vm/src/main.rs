fn main() {
    println!("weft: under construction");
}
