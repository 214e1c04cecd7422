pub fn cli(_root: &std::path::Path, _args: &[String]) -> Result<(), String> {
    Err("not yet".into())
}
