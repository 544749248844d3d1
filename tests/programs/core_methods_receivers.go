// Checks: value receivers work on copies, pointer receivers modify; method values bind the receiver.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }
func (a Account) TryDeposit(n int) { a.Balance += n }
func (a *Account) Deposit(n int)   { a.Balance += n }

func main() {
	acc := Account{"ann", 10}
	acc.TryDeposit(5)
	fmt.Println(acc.Describe())
	acc.Deposit(5)
	fmt.Println(acc.Describe())
	p := &acc
	p.Deposit(1)
	fmt.Println(p.Describe())
	f := acc.Describe
	acc.Deposit(100)
	fmt.Println(f(), "|", acc.Describe())
	g := (*Account).Deposit
	g(&acc, 1)
	fmt.Println(acc.Balance)
}
