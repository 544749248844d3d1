// Checks: panic(nil) again after recovering a panic(nil): the same *runtime.PanicNilError
// (zero-size, one address), so one line "[recovered, repanicked]".
package main

func main() {
	defer func() {
		recover()
		panic(nil)
	}()
	panic(nil)
}
