// Checks: os.Exit(300) is seen as status 44.
package main

import "os"

func main() {
	os.Exit(300)
}
