console.log('sourcelight');
