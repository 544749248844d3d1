//deferlab:title Cleanup order: pools first, the logger flushed last
//deferlab:topic defer
//deferlab:seed-section 3.3
//deferlab:signal SIGTERM@200ms
//deferlab:chart defer-stack signal-shutdown
//deferlab:notice-en Defers run in reverse order of registration, so acquire resources in dependency order and defer each Close right after opening it.
//deferlab:notice-en The buffered logger is created first, so its Flush is deferred first and runs last.
//deferlab:notice-en That way the log lines written by the Redis and DB Close calls are flushed too instead of being lost.
//deferlab:notice-zh defer 按注册的相反顺序执行:按依赖顺序获取资源,并在打开每个资源后立即 defer 它的 Close。
//deferlab:notice-zh 带缓冲的日志器最先创建,所以它的 Flush 最先被 defer、最后执行。
//deferlab:notice-zh 这样 Redis 和数据库 Close 时写下的日志也会被刷出,而不会丢失。
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Logger buffers lines in memory, like a logger that must be synced before exit.
type Logger struct{ lines []string }

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *Logger) Flush() {
	fmt.Printf("logger: flushing %d buffered lines\n", len(l.lines))
	for _, line := range l.lines {
		fmt.Println("  log:", line)
	}
	l.lines = nil
}

// Pool stands in for a database or Redis connection pool.
type Pool struct {
	name string
	log  *Logger
}

func OpenPool(name string, log *Logger) *Pool {
	log.Log("%s pool opened", name)
	return &Pool{name: name, log: log}
}

func (p *Pool) Close() {
	fmt.Printf("%s pool: closed\n", p.name)
	p.log.Log("%s pool closed", p.name)
}

func main() {
	logger := &Logger{}
	defer logger.Flush() // deferred first -> runs last

	db := OpenPool("db", logger)
	defer db.Close()
	redis := OpenPool("redis", logger)
	defer redis.Close() // deferred last -> runs first

	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGTERM)
	fmt.Println("main: serving, waiting for SIGTERM")
	sig := <-sigCh
	logger.Log("received %v", sig)
	fmt.Println("main: got", sig, "- returning, the defers run now")
}
